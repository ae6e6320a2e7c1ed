package fr.vigie.referential.internal;

/**
 * Turns JSON pointers ({@code /nodes/3/measure/target}) into the field paths shown to
 * users ({@code nodes[3].measure.target}).
 */
final class FieldPaths {

	private FieldPaths() {
	}

	static String fromPointer(String pointer) {
		if (pointer == null || pointer.isEmpty() || "/".equals(pointer)) {
			return "";
		}
		StringBuilder path = new StringBuilder();
		for (String token : pointer.substring(1).split("/", -1)) {
			String name = token.replace("~1", "/").replace("~0", "~");
			if (name.matches("\\d+")) {
				path.append('[').append(name).append(']');
			}
			else {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(name);
			}
		}
		return path.toString();
	}

	static String child(String pointer, String name) {
		return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
	}

	static String child(String pointer, int index) {
		return pointer + "/" + index;
	}

}
