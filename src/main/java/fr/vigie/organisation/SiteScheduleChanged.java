package fr.vigie.organisation;

/**
 * The hours, closures or exceptional hours of a site changed: planned test slots may no
 * longer fall within opening hours.
 */
public record SiteScheduleChanged(SiteId site) {

}
