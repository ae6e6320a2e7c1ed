package fr.vigie.identity;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs scheduled work (reminders, overdue checks, report delivery) under a named system
 * principal, so guarded services can tell it from a person and it appears as such in
 * audit trails. Never bound to an HTTP session.
 */
public final class SystemIdentity {

	public static final String USERNAME = "system";

	/** Authority held only by the system principal; no account can be given it. */
	public static final String AUTHORITY = "ROLE_SYSTEM";

	private SystemIdentity() {
	}

	public static <T> T call(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(USERNAME, null,
				List.of(new SimpleGrantedAuthority(AUTHORITY))));
		SecurityContextHolder.setContext(system);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
