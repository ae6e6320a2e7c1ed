package fr.vigie.identity.internal;

import java.util.List;
import java.util.Set;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccount;
import fr.vigie.shared.demo.ConditionalOnDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One account per role, with the passwords listed in README. Exists only when demo data
 * is enabled; an account already present is left untouched.
 */
@Component
@ConditionalOnDemoData
@Order(10)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("qualite", "Claire Martin", "qualite@vigie.test", Role.QUALITY_MANAGER,
					"Qualite-Demo-2026"),
			new DemoAccount("enqueteur", "Karim Benali", "enqueteur@vigie.test", Role.AUDITOR, "Enqueteur-Demo-2026"),
			new DemoAccount("directeur", "Sophie Laurent", "directeur@vigie.test", Role.DIRECTOR,
					"Directeur-Demo-2026"),
			new DemoAccount("admin", "Paul Girard", "admin@vigie.test", Role.ADMIN, "Admin-Demo-2026"),
			new DemoAccount("responsable.site", "Nadia Roux", "responsable.site@vigie.test", Role.DIRECTOR,
					"Responsable-Demo-2026"));

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	DemoAccounts(UserAccountRepository users, PasswordEncoder encoder) {
		this.users = users;
		this.encoder = encoder;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = 0;
		for (DemoAccount demo : ACCOUNTS) {
			if (this.users.findByUsername(demo.username()).isEmpty()) {
				this.users.insert(UserAccount.create(demo.username(), demo.displayName(), demo.email(),
						this.encoder.encode(demo.password()), Set.of(demo.role())));
				created++;
			}
		}
		if (created > 0) {
			log.warn("Demo data is enabled: created {} demo accounts with the passwords listed in README.md. "
					+ "Disable with --vigie.demo.enabled=false.", created);
		}
	}

	record DemoAccount(String username, String displayName, String email, Role role, String password) {

	}

}
