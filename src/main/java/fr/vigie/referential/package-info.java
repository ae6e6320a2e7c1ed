/**
 * Referentials (Services Publics+, Marianne, Qualivilles, mystery-test grids) as
 * versioned checklist templates: shipped as YAML data, validated at load time, adapted
 * into local drafts and published as immutable versions that audits pin by id. The root
 * package is the module's API ({@link fr.vigie.referential.ReferentialManagement},
 * {@link fr.vigie.referential.ReferentialVersion},
 * {@link fr.vigie.referential.CheckItem}).
 */
package fr.vigie.referential;
