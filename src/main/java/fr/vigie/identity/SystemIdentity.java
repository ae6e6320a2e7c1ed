package fr.vigie.identity;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled work (reminders, overdue checks, report delivery) under a named system
 * principal, so guarded services can tell it from a person. Never bound to an HTTP
 * session. It sets the context through the application's own holder strategy (Vaadin
 * installs one), the one method security reads.
 */
@Component
public class SystemIdentity {

	public static final String USERNAME = "system";

	/** Authority held only by the system principal; no account can be given it. */
	public static final String AUTHORITY = "ROLE_SYSTEM";

	private final SecurityContextHolderStrategy strategy;

	SystemIdentity(ObjectProvider<SecurityContextHolderStrategy> strategy) {
		this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	public <T> T call(Supplier<T> work) {
		SecurityContext previous = this.strategy.getContext();
		SecurityContext system = this.strategy.createEmptyContext();
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(USERNAME, null,
				List.of(new SimpleGrantedAuthority(AUTHORITY))));
		this.strategy.setContext(system);
		try {
			return work.get();
		}
		finally {
			this.strategy.setContext(previous);
		}
	}

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
