package fr.vigie.shared.store;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns store failures at start-up into a short diagnosis and a fix, instead of a stack
 * trace wall. Registered in {@code META-INF/spring.factories}.
 */
final class StoreFailureAnalyzers {

	private StoreFailureAnalyzers() {
	}

	static class DataDirectoryNotWritable extends AbstractFailureAnalyzer<DataDirectoryNotWritableException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryNotWritableException cause) {
			return new FailureAnalysis(
					"Vigie cannot write its data directory " + cause.getDirectory() + " ("
							+ cause.getCause().getClass().getSimpleName() + ": " + cause.getCause().getMessage() + ").",
					"Give the user running Vigie write access to that directory, or choose another one with "
							+ "--vigie.store.data-dir=/path (environment variable VIGIE_STORE_DATA_DIR).",
					cause);
		}

	}

	/**
	 * Covers both our start-up ping and any earlier access (index creation, for instance)
	 * that timed out selecting a server.
	 */
	static class StoreUnreachable implements FailureAnalyzer {

		private final Environment environment;

		StoreUnreachable(Environment environment) {
			this.environment = environment;
		}

		@Override
		public FailureAnalysis analyze(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof StoreUnreachableException || cause instanceof MongoTimeoutException
						|| cause instanceof MongoSocketException) {
					return analysis(cause);
				}
			}
			return null;
		}

		private FailureAnalysis analysis(Throwable cause) {
			String target = StoreConfiguration
				.redactPassword(this.environment.getProperty("spring.mongodb.uri", "the embedded store"));
			return new FailureAnalysis(
					"Vigie could not reach MongoDB at " + target + " within the start-up timeout ("
							+ firstLine(rootCause(cause)) + ").",
					"Check that the MongoDB server is running and reachable, and that spring.mongodb.uri "
							+ "(SPRING_MONGODB_URI) is right. Unset it to use the embedded store instead. "
							+ "The wait is set by vigie.store.connect-timeout.",
					cause);
		}

		private static Throwable rootCause(Throwable ex) {
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			return root;
		}

		private static String firstLine(Throwable ex) {
			String message = ex.getMessage();
			return (message != null) ? message.lines().findFirst().orElse(message) : ex.getClass().getSimpleName();
		}

	}

}
