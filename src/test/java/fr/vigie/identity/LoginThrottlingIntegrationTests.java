package fr.vigie.identity;

import java.util.Set;

import fr.vigie.support.SecurityContexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = "vigie.security.max-login-failures=3")
class LoginThrottlingIntegrationTests {

	@Autowired
	UserManagement users;

	@Autowired
	AuthenticationConfiguration authenticationConfiguration;

	@Test
	void locksAUsernameAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
		SecurityContexts.as("admin",
				() -> this.users
					.create(new NewUser("target", "Target", null, Set.of(Role.AUDITOR), "the right passphrase")),
				Role.ADMIN);
		AuthenticationManager manager = this.authenticationConfiguration.getAuthenticationManager();
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> manager.authenticate(login("target", "a wrong guess")))
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThatThrownBy(() -> manager.authenticate(login("TARGET", "the right passphrase")))
			.isInstanceOf(LockedException.class);
	}

	@Test
	void aSuccessfulLoginClearsEarlierFailures() throws Exception {
		SecurityContexts.as("admin",
				() -> this.users
					.create(new NewUser("forgetful", "Forgetful", null, Set.of(Role.AUDITOR), "absent minded phrase")),
				Role.ADMIN);
		AuthenticationManager manager = this.authenticationConfiguration.getAuthenticationManager();
		for (int round = 0; round < 2; round++) {
			assertThatThrownBy(() -> manager.authenticate(login("forgetful", "wrong")))
				.isInstanceOf(BadCredentialsException.class);
			assertThatThrownBy(() -> manager.authenticate(login("forgetful", "wrong again")))
				.isInstanceOf(BadCredentialsException.class);
			assertThat(manager.authenticate(login("forgetful", "absent minded phrase")).isAuthenticated()).isTrue();
		}
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		UserAccount account = SecurityContexts.as("admin",
				() -> this.users
					.create(new NewUser("leaver", "Leaver", null, Set.of(Role.AUDITOR), "departing phrase ok")),
				Role.ADMIN);
		SecurityContexts
			.as("admin",
					() -> this.users.update(account.id(),
							new ProfileChange("Leaver", null, Set.of(Role.AUDITOR), false, account.version())),
					Role.ADMIN);
		AuthenticationManager manager = this.authenticationConfiguration.getAuthenticationManager();
		assertThatThrownBy(() -> manager.authenticate(login("leaver", "departing phrase ok")))
			.isInstanceOf(DisabledException.class);
	}

	private static UsernamePasswordAuthenticationToken login(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

}
