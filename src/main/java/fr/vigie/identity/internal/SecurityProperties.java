package fr.vigie.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and account settings.
 *
 * @param maxLoginFailures failed attempts on one username before it is locked
 * @param loginLockDuration how long a username stays locked after too many failures
 * @param bootstrapAdmin the first administrator, created once on an empty user base
 */
@ConfigurationProperties("vigie.security")
record SecurityProperties(@DefaultValue("5") int maxLoginFailures, @DefaultValue("15m") Duration loginLockDuration,
		@DefaultValue BootstrapAdmin bootstrapAdmin) {

	/**
	 * @param username login of the first administrator
	 * @param password his initial password; when empty no account is created
	 */
	record BootstrapAdmin(@DefaultValue("admin") String username, String password) {

	}

}
