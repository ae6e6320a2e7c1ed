package fr.vigie.identity;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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

	private final ObjectProvider<SecurityContextHolderStrategy> strategies;

	SystemIdentity(ObjectProvider<SecurityContextHolderStrategy> strategies) {
		this.strategies = strategies;
	}

	/**
	 * Runs {@code work} as the system, on a thread of its own, and waits for it. A thread
	 * of its own because inside a Vaadin request the session's user wins over any context
	 * set on the request thread; the system's work never sees the caller's session.
	 */
	public <T> T call(Supplier<T> work) {
		SecurityContextHolderStrategy strategy = this.strategies
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread worker = Thread.ofVirtual().name("vigie-system").start(() -> {
			SecurityContext system = strategy.createEmptyContext();
			system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(USERNAME, null,
					List.of(new SimpleGrantedAuthority(AUTHORITY))));
			strategy.setContext(system);
			try {
				result.set(work.get());
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
			finally {
				strategy.clearContext();
			}
		});
		try {
			worker.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running system work", ex);
		}
		Throwable thrown = failure.get();
		if (thrown instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (thrown instanceof Error error) {
			throw error;
		}
		if (thrown != null) {
			throw new IllegalStateException(thrown);
		}
		return result.get();
	}

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
