package fr.vigie.report.internal;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;

/**
 * A SHA-256 over the content of a read model (records, lists, strings, numbers, dates,
 * enums and image bytes), walked in declaration order. It names a report by what it says:
 * the PDF's file identifier is taken from it, so the same model and renderer version give
 * the same identifier, and a changed figure gives another.
 */
final class ModelDigest {

	private final MessageDigest sha;

	private ModelDigest() {
		try {
			this.sha = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first 16 bytes of the digest of {@code parts}. */
	static byte[] documentId(Object... parts) {
		ModelDigest digest = new ModelDigest();
		for (Object part : parts) {
			digest.walk(part);
		}
		return Arrays.copyOf(digest.sha.digest(), 16);
	}

	private void walk(Object value) {
		if (value == null) {
			tag('0');
		}
		else if (value instanceof byte[] bytes) {
			tag('b');
			length(bytes.length);
			this.sha.update(bytes);
		}
		else if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
				|| value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof Character) {
			tag('s');
			byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
			length(text.length);
			this.sha.update(text);
		}
		else if (value instanceof Collection<?> items) {
			tag('l');
			length(items.size());
			items.forEach(this::walk);
		}
		else if (value.getClass().isRecord()) {
			tag('r');
			walk(value.getClass().getSimpleName());
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				try {
					walk(component.getAccessor().invoke(value));
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("cannot read " + component, ex);
				}
			}
		}
		else {
			throw new IllegalArgumentException("read models hold plain data only, not " + value.getClass());
		}
	}

	private void tag(char tag) {
		this.sha.update((byte) tag);
	}

	private void length(int length) {
		this.sha.update(ByteBuffer.allocate(4).putInt(length).array());
	}

}
