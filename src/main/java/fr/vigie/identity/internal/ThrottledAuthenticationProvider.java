package fr.vigie.identity.internal;

import fr.vigie.identity.UserAccount;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Username/password authentication with a per-username lock after repeated failures. A
 * locked username is refused before its password is even checked, so guessing gains
 * nothing.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = UserAccount.normalizeUsername(String.valueOf(authentication.getPrincipal()));
		if (this.throttle.isLocked(username)) {
			throw new LockedException("Too many failed logins for " + username);
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
