package fr.vigie.support;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each Vigie context installs its own security-context holder strategy globally
 * (Vaadin's), and its method security reads that instance. When the test framework
 * switches back to a cached context, the global holder still belongs to the last context
 * started; this listener re-installs the current test's one so {@link SecurityContexts}
 * reaches the right services. Registered in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyAlignment implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeanProvider(SecurityContextHolderStrategy.class)
			.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
	}

}
