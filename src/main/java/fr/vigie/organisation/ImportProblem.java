package fr.vigie.organisation;

import java.util.List;

import fr.vigie.shared.UserFacingException;

/**
 * Why a CSV line (or the whole file) cannot be imported.
 *
 * @param line the line of the file (1 is the header)
 * @param column the column name, or empty for the whole line or file
 * @param messageKey the reason, as a message key
 * @param arguments the arguments of the message
 */
public record ImportProblem(int line, String column, String messageKey, List<Object> arguments) {

	public ImportProblem {
		column = (column != null) ? column : "";
		arguments = List.copyOf(arguments);
	}

	public static ImportProblem of(int line, String column, UserFacingException ex) {
		return new ImportProblem(line, column, ex.messageKey(), List.of(ex.arguments()));
	}

	public static ImportProblem of(int line, String column, String messageKey, Object... arguments) {
		return new ImportProblem(line, column, messageKey, List.of(arguments));
	}

}
