package fr.vigie.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own {@link SecurityContextHolderStrategy} (a bean with a private
 * thread-local) as the global one each time an application context starts. When the test
 * suite caches several contexts (a mock one for service tests, a real server for browser
 * journeys), the last one started wins, and a test running in an older context would set
 * its user where that context's method security never looks. Before each test, this puts
 * back the strategy of the context the test runs in.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		SecurityContextHolderStrategy strategy = testContext.getApplicationContext()
			.getBeanProvider(SecurityContextHolderStrategy.class)
			.getIfUnique();
		if (strategy != null && strategy != SecurityContextHolder.getContextHolderStrategy()) {
			SecurityContextHolder.setContextHolderStrategy(strategy);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
