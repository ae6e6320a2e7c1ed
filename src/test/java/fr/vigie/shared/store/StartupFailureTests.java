package fr.vigie.shared.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import fr.vigie.VigieApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts Vigie as a real process, the way an operator would, and checks that a store
 * problem ends it with a non-zero exit code and a readable explanation instead of a stack
 * trace wall.
 */
class StartupFailureTests {

	@Test
	void refusesToStartWhenTheDataDirectoryCannotBeWritten(@TempDir Path temp) throws Exception {
		Path notADirectory = Files.writeString(temp.resolve("occupied"), "a file where the data directory should be");
		Result result = launch("--vigie.store.backend=file", "--vigie.store.data-dir=" + notADirectory);
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("Vigie cannot write its data directory")
			.contains(notADirectory.toString())
			.contains("--vigie.store.data-dir");
	}

	@Test
	void refusesToStartWhenTheConfiguredMongoDbIsUnreachable() throws Exception {
		Result result = launch("--spring.mongodb.uri=mongodb://vigie:secret@127.0.0.1:9/vigie",
				"--vigie.store.connect-timeout=1s");
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("Vigie could not reach MongoDB at mongodb://vigie:***@127.0.0.1:9/vigie")
			.doesNotContain("secret")
			.contains("SPRING_MONGODB_URI");
	}

	private static Result launch(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(VigieApplication.class.getName());
		command.add("--server.port=0");
		command.add("--logging.file.name=");
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("Vigie should stop by itself").isTrue();
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	record Result(int exitCode, String output) {

	}

}
