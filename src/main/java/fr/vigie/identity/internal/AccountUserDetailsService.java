package fr.vigie.identity.internal;

import fr.vigie.identity.UserAccount;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Reads accounts from MongoDB for Spring Security. */
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	AccountUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findByUsername(UserAccount.normalizeUsername(username))
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities(account.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList())
			.build();
	}

}
