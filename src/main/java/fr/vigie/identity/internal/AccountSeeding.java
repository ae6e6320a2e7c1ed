package fr.vigie.identity.internal;

import java.util.Set;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator on an empty user base when a bootstrap password is
 * configured ({@code VIGIE_SECURITY_BOOTSTRAP_ADMIN_PASSWORD}), so that a production
 * install never ships with a known password.
 */
@Component
class AccountSeeding {

	private static final Logger log = LoggerFactory.getLogger(AccountSeeding.class);

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final SecurityProperties properties;

	AccountSeeding(UserAccountRepository users, PasswordEncoder encoder, SecurityProperties properties) {
		this.users = users;
		this.encoder = encoder;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createBootstrapAdministrator() {
		if (this.users.count() > 0) {
			return;
		}
		SecurityProperties.BootstrapAdmin admin = this.properties.bootstrapAdmin();
		if (!StringUtils.hasText(admin.password())) {
			log.warn("No user account exists. Set VIGIE_SECURITY_BOOTSTRAP_ADMIN_PASSWORD to create the first "
					+ "administrator ('{}'), or enable demo data.", admin.username());
			return;
		}
		this.users.insert(UserAccount.create(admin.username(), "Administrateur", null,
				this.encoder.encode(admin.password()), Set.of(Role.ADMIN)));
		log.info("Created the bootstrap administrator '{}'", admin.username());
	}

}
