package fr.vigie.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may inject. */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	/**
	 * French public services run on Paris time; tests replace this clock to travel in
	 * time.
	 */
	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Bean
	Clock clock() {
		return Clock.system(PARIS);
	}

}
