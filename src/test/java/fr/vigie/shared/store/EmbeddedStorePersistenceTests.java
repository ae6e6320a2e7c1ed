package fr.vigie.shared.store;

import java.nio.file.Path;
import java.util.Set;

import fr.vigie.VigieApplication;
import fr.vigie.identity.NewUser;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserManagement;
import fr.vigie.support.SecurityContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedStorePersistenceTests {

	@Test
	void dataWrittenThroughTheDriverSurvivesARestartOnTheFileBackend(@TempDir Path dataDir) {
		String[] arguments = { "--vigie.store.backend=file", "--vigie.store.data-dir=" + dataDir, "--server.port=0" };
		try (ConfigurableApplicationContext first = start(arguments)) {
			SecurityContexts.as("admin",
					() -> first.getBean(UserManagement.class)
						.create(new NewUser("persisted.user", "Persisted User", null, Set.of(Role.DIRECTOR),
								"a long enough passphrase")),
					Role.ADMIN);
		}
		assertThat(dataDir.resolve("vigie-store.mv")).exists();
		try (ConfigurableApplicationContext second = start(arguments)) {
			var found = SecurityContexts.as("admin",
					() -> second.getBean(UserManagement.class).findByUsername("persisted.user"), Role.ADMIN);
			assertThat(found).hasValueSatisfying((user) -> {
				assertThat(user.displayName()).isEqualTo("Persisted User");
				assertThat(user.roles()).containsExactly(Role.DIRECTOR);
			});
		}
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		return new SpringApplicationBuilder(VigieApplication.class).run(arguments);
	}

}
