package fr.vigie.support;

import java.util.Arrays;
import java.util.function.Supplier;

import fr.vigie.identity.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a given user, the way a signed-in Vaadin session would. */
public final class SecurityContexts {

	private SecurityContexts() {
	}

	public static <T> T as(String username, Supplier<T> action, Role... roles) {
		var authorities = Arrays.stream(roles).map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void as(String username, Runnable action, Role... roles) {
		as(username, () -> {
			action.run();
			return null;
		}, roles);
	}

}
