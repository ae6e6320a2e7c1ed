package fr.vigie.referential.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import fr.vigie.referential.ReferentialVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReferentialWriterTests {

	static java.util.stream.Stream<Path> shippedFiles() throws IOException {
		return ShippedReferentialFilesTests.shippedFiles();
	}

	@ParameterizedTest
	@MethodSource("shippedFiles")
	void exportedYamlReadsBackToTheSameReferential(Path file) throws IOException {
		ReferentialParser.Result original = ReferentialParser.parse(file.getFileName().toString(),
				Files.readAllBytes(file));
		ReferentialVersion version = ReferentialVersion.shipped(original.header(), original.nodes(),
				original.checksum(), file.getFileName().toString(), Instant.now());

		String yaml = ReferentialWriter.toYaml(version);
		ReferentialParser.Result reread = ReferentialParser.parse("export.yaml", yaml.getBytes(StandardCharsets.UTF_8));

		assertThat(reread.problems()).isEmpty();
		assertThat(reread.header()).isEqualTo(original.header());
		assertThat(reread.nodes()).isEqualTo(original.nodes());
	}

}
