package fr.vigie.referential;

/** A referential version was published and may now be pinned by audits and campaigns. */
public record ReferentialVersionPublished(ReferentialVersionId versionId, String publishedBy) {

}
