package fr.vigie.shared.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Demo data (and its known passwords) must never appear on a production database by
 * accident: unless {@code vigie.demo.enabled} says otherwise, it is on only for the
 * embedded store.
 */
public class DemoDataCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isEnabled(context.getEnvironment());
	}

	public static boolean isEnabled(Environment environment) {
		String explicit = environment.getProperty("vigie.demo.enabled");
		if (StringUtils.hasText(explicit)) {
			return Boolean.parseBoolean(explicit.trim());
		}
		return !StringUtils.hasText(environment.getProperty("spring.mongodb.uri"));
	}

}
