package fr.vigie.shared.store;

import com.mongodb.ConnectionString;
import org.bson.Document;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.util.StringUtils;

import java.util.concurrent.TimeUnit;

/**
 * Chooses the store: the embedded server when no {@code spring.mongodb.uri} is set, the
 * configured MongoDB otherwise (then nothing embedded starts).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfiguration {

	@Bean(destroyMethod = "shutdown")
	@Conditional(NoMongoUriConfigured.class)
	EmbeddedStore embeddedStore(StoreProperties properties) {
		return EmbeddedStore.start(properties);
	}

	@Bean
	@Conditional(NoMongoUriConfigured.class)
	MongoConnectionDetails embeddedStoreConnectionDetails(EmbeddedStore store) {
		ConnectionString connectionString = new ConnectionString(store.connectionString());
		return () -> connectionString;
	}

	@Bean
	MongoClientSettingsBuilderCustomizer startupTimeouts(StoreProperties properties) {
		long millis = properties.connectTimeout().toMillis();
		return (settings) -> settings
			.applyToClusterSettings((cluster) -> cluster.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS))
			.applyToSocketSettings((socket) -> socket.connectTimeout((int) millis, TimeUnit.MILLISECONDS));
	}

	/**
	 * Dates and times are stored by the driver's own codecs, which read and write them as
	 * UTC. Spring Data's default converters use the JVM time zone instead, so a
	 * {@code LocalDate} written on a Paris machine would come back one day early on a UTC
	 * container (see docs/decisions/006-java-time-storage.md).
	 */
	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return MongoCustomConversions.create((conversions) -> conversions.useNativeDriverJavaTimeCodecs());
	}

	/**
	 * Pings the store once all singletons exist, so an unreachable MongoDB stops start-up
	 * with a clear message instead of failing on the first user request.
	 */
	@Bean
	SmartInitializingSingleton storeReachabilityCheck(MongoTemplate mongo, Environment environment) {
		return () -> {
			try {
				mongo.getDb().runCommand(new Document("ping", 1));
			}
			catch (RuntimeException ex) {
				String uri = environment.getProperty("spring.mongodb.uri", "the embedded store");
				throw new StoreUnreachableException(redactPassword(uri), ex);
			}
		};
	}

	static String redactPassword(String uri) {
		return uri.replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
	}

	static class NoMongoUriConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mongodb.uri"));
		}

	}

}
