package fr.vigie.organisation;

import java.util.List;
import java.util.Locale;

/**
 * Extension point of the site page: documents other modules offer about one site (the
 * report module contributes the compliance report and posters). Organisation must not
 * depend on those modules, so they implement this interface and the site page lists
 * whatever beans exist, in {@link org.springframework.core.annotation.Order} order. See
 * docs/decisions/030-site-page-documents.md.
 */
public interface SiteDocuments {

	/**
	 * The documents the current user may download for {@code site}, which he can see (the
	 * site page has checked his scope); empty when there are none for him.
	 * @param locale language of the labels
	 */
	List<SiteDocument> documentsFor(Site site, Locale locale);

	/**
	 * A download link.
	 *
	 * @param label link text, already in the reader's language
	 * @param href path inside Vigie that serves the file
	 */
	record SiteDocument(String label, String href) {

	}

}
