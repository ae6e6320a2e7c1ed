package fr.vigie.organisation;

import java.util.List;

/**
 * Something the user should know before confirming an import, which does not block it (a
 * direction that will be created, a file read as Windows-1252…).
 */
public record ImportNotice(String messageKey, List<Object> arguments) {

	public ImportNotice {
		arguments = List.copyOf(arguments);
	}

	public static ImportNotice of(String messageKey, Object... arguments) {
		return new ImportNotice(messageKey, List.of(arguments));
	}

}
