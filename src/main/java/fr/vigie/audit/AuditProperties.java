package fr.vigie.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Field capture settings.
 *
 * @param maxEvidenceSize largest evidence file accepted
 * @param photoMaxSide longest side, in pixels, of a stored photo; larger photos are
 * reduced
 * @param maxFilesPerItem how many files one checklist item may carry
 */
@ConfigurationProperties("vigie.audit")
public record AuditProperties(@DefaultValue("15MB") DataSize maxEvidenceSize, @DefaultValue("1600") int photoMaxSide,
		@DefaultValue("6") int maxFilesPerItem) {

}
