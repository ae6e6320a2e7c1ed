package fr.vigie.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every view requires a role annotation (Vaadin's navigation access control denies views
 * without one); services are guarded with method security as a second line.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	static final String LOGIN_ROUTE = "login";

	@Bean
	SecurityFilterChain vigieSecurityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/styles/**", "/images/**")
			.permitAll()
			// Private calendar feeds: the unguessable token in the URL is the credential.
			.requestMatchers("/feeds/**")
			.permitAll()
			// Plain HTTP downloads other modules serve (e.g. a site's report): signing in
			// is
			// enough here, the services behind them check role and scope.
			.requestMatchers("/downloads/**")
			.authenticated());
		http.with(VaadinSecurityConfigurer.vaadin(),
				(vaadin) -> vaadin.loginView("/" + LOGIN_ROUTE, "/" + LOGIN_ROUTE));
		return http.build();
	}

	/** Delegating encoder: bcrypt today, and hashes say which algorithm made them. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationProvider throttledAuthenticationProvider(UserAccountRepository users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(new AccountUserDetailsService(users));
		accounts.setPasswordEncoder(encoder);
		return new ThrottledAuthenticationProvider(accounts, throttle);
	}

}
