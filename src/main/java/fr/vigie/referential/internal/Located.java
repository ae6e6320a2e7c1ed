package fr.vigie.referential.internal;

import java.util.List;

import fr.vigie.referential.LoadProblem;

/** Line and column of a value in the source file (both 1-based; 0 when unknown). */
record Located(int line, int column) {

	static final Located UNKNOWN = new Located(0, 0);

	LoadProblem problem(String file, String pointer, String messageKey, Object... arguments) {
		return new LoadProblem(file, this.line, this.column, FieldPaths.fromPointer(pointer), messageKey,
				java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}

	static List<String> args(Object... arguments) {
		return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
	}

}
