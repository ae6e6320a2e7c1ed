package fr.vigie.audit.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceSniffingTests {

	@Test
	void readsTheTypeFromTheContentNotTheName() {
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0 };
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 };
		assertThat(EvidenceStore.sniff(jpeg, "photo.png")).contains(EvidenceStore.Kind.JPEG);
		assertThat(EvidenceStore.sniff(png, "photo.jpg")).contains(EvidenceStore.Kind.PNG);
		assertThat(EvidenceStore.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "lettre.pdf"))
			.contains(EvidenceStore.Kind.PDF);
	}

	@Test
	void acceptsAnEmailOnlyWhenItLooksLikeOne() {
		byte[] mail = "From: mairie@example.fr\nTo: x@example.org\nSubject: Votre demande\nDate: Mon, 2 Mar 2026\n\nBonjour"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(EvidenceStore.sniff(mail, "reponse.eml")).contains(EvidenceStore.Kind.EML);
		assertThat(EvidenceStore.sniff(mail, "reponse.txt")).isEmpty();
		assertThat(EvidenceStore.sniff("MZ\u0090 not a mail".getBytes(StandardCharsets.ISO_8859_1), "virus.eml"))
			.isEmpty();
	}

}
