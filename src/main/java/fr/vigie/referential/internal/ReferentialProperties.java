package fr.vigie.referential.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where referential files come from, besides the ones shipped inside Vigie.
 *
 * @param directory optional directory of extra referential files ({@code *.yaml}); files
 * there are loaded after the shipped ones, with the same validation
 * @param loadShipped whether the files shipped inside Vigie are loaded at start-up
 */
@ConfigurationProperties("vigie.referentials")
public record ReferentialProperties(Path directory, @DefaultValue("true") boolean loadShipped) {

}
