package fr.vigie.referential;

import java.util.List;
import java.util.Objects;

/**
 * One reason why a referential file was refused, located precisely enough to fix it.
 *
 * @param file name of the file
 * @param line 1-based line of the faulty value, 0 when the whole file is at fault
 * @param column 1-based column of the faulty value, 0 when unknown
 * @param path field path inside the file, e.g. {@code nodes[3].measure.target.value}
 * @param messageKey message key of the readable reason (translated in the UI)
 * @param arguments arguments of the message
 */
public record LoadProblem(String file, int line, int column, String path, String messageKey, List<String> arguments) {

	public LoadProblem {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(messageKey, "messageKey");
		path = (path == null) ? "" : path;
		arguments = (arguments == null) ? List.of() : List.copyOf(arguments);
	}

	/** Arguments as an array for message formatting. */
	public Object[] messageArguments() {
		return this.arguments.toArray();
	}

	/** "file, line 12, column 5, nodes[3].urn" — the where, without the why. */
	public String location() {
		StringBuilder where = new StringBuilder(this.file);
		if (this.line > 0) {
			where.append(':').append(this.line);
			if (this.column > 0) {
				where.append(':').append(this.column);
			}
		}
		if (!this.path.isEmpty()) {
			where.append(" ").append(this.path);
		}
		return where.toString();
	}

}
