package fr.vigie.audit.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import fr.vigie.support.PhonePhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoOrientationTests {

	@ParameterizedTest
	@CsvSource({ "true, 6", "false, 6", "true, 3", "false, 8" })
	void readsTheOrientationOfAPhoneJpegInEitherByteOrder(boolean littleEndian, int orientation) throws IOException {
		assertThat(PhotoOrientation.of(PhonePhotos.withExif(jpeg(), littleEndian, orientation))).isEqualTo(orientation);
	}

	@Test
	void aJpegWithoutMetadataOrWithDamagedMetadataIsUpright() throws IOException {
		byte[] plain = jpeg();
		assertThat(PhotoOrientation.of(plain)).isEqualTo(PhotoOrientation.UPRIGHT);
		byte[] damaged = PhonePhotos.withExif(plain, true, 6);
		byte[] truncated = java.util.Arrays.copyOf(damaged, 24);
		assertThat(PhotoOrientation.of(truncated)).isEqualTo(PhotoOrientation.UPRIGHT);
	}

	@Test
	void aPictureStoredSidewaysIsDrawnUpright() {
		// Stored landscape, 40 × 20: red on the left half, blue on the right. A phone
		// held
		// upright tags it 6 (turn a quarter clockwise): upright it is 20 × 40, red on
		// top.
		BufferedImage stored = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 40; x++) {
			for (int y = 0; y < 20; y++) {
				stored.setRGB(x, y, ((x < 20) ? Color.RED : Color.BLUE).getRGB());
			}
		}
		BufferedImage upright = PhotoOrientation.draw(stored, 40, 20, 6, BufferedImage.TYPE_INT_RGB);
		assertThat(upright.getWidth()).isEqualTo(20);
		assertThat(upright.getHeight()).isEqualTo(40);
		assertThat(new Color(upright.getRGB(10, 5))).isEqualTo(Color.RED);
		assertThat(new Color(upright.getRGB(10, 35))).isEqualTo(Color.BLUE);

		BufferedImage anticlockwise = PhotoOrientation.draw(stored, 40, 20, 8, BufferedImage.TYPE_INT_RGB);
		assertThat(new Color(anticlockwise.getRGB(10, 5))).isEqualTo(Color.BLUE);
		BufferedImage upsideDown = PhotoOrientation.draw(stored, 40, 20, 3, BufferedImage.TYPE_INT_RGB);
		assertThat(upsideDown.getWidth()).isEqualTo(40);
		assertThat(new Color(upsideDown.getRGB(5, 10))).isEqualTo(Color.BLUE);
	}

	private static byte[] jpeg() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB), "jpg", out);
		return out.toByteArray();
	}

}
