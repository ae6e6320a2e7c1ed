package fr.vigie.support;

import java.io.ByteArrayOutputStream;

/** JPEG files as phones write them: a picture plus an EXIF orientation tag. */
public final class PhonePhotos {

	private PhonePhotos() {
	}

	/** Inserts, after the start marker, an EXIF segment holding only an orientation. */
	public static byte[] withExif(byte[] jpeg, boolean littleEndian, int orientation) {
		ByteArrayOutputStream tiff = new ByteArrayOutputStream();
		tiff.writeBytes(
				littleEndian ? new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0 } : new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8 });
		tiff.writeBytes(littleEndian ? new byte[] { 1, 0 } : new byte[] { 0, 1 });
		// tag 0x0112, type SHORT (3), count 1, value
		tiff.writeBytes(littleEndian ? new byte[] { 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0 }
				: new byte[] { 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0 });
		tiff.writeBytes(new byte[] { 0, 0, 0, 0 });
		byte[] body = tiff.toByteArray();
		int length = 2 + 6 + body.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(new byte[] { 'E', 'x', 'i', 'f', 0, 0 });
		out.writeBytes(body);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

}
