package fr.vigie.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import fr.vigie.VigieApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Starts whole Vigie instances (as an operator would, with command-line arguments)
 * sharing one test clock, e.g. two instances on one store or one instance restarted.
 */
public final class Instances {

	private static volatile Clock clock = Clock.systemUTC();

	private Instances() {
	}

	public static ConfigurableApplicationContext start(MutableClock sharedClock, List<String> arguments) {
		clock = sharedClock;
		List<String> all = new ArrayList<>(List.of("--server.port=0"));
		all.addAll(arguments);
		return new SpringApplicationBuilder(VigieApplication.class, TestClock.class).run(all.toArray(String[]::new));
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A test configuration, so that the component scan of the other tests' contexts
	 * leaves it out: a context started after a run that moved the shared clock would
	 * otherwise live at that clock's date.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		Clock testClock() {
			return clock;
		}

	}

}
