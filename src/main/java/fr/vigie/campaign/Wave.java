package fr.vigie.campaign;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One occurrence of a campaign. The seed and the fingerprint of the draw's inputs are
 * kept so that a plan can be reproduced and audited.
 */
public record Wave(int number, LocalDate from, LocalDate to, WaveStatus status, Long seed, String inputFingerprint,
		Instant drawnAt, Instant publishedAt) {

	Wave drawn(long newSeed, String fingerprint, Instant at) {
		return new Wave(this.number, this.from, this.to, WaveStatus.DRAWN, newSeed, fingerprint, at, null);
	}

	Wave withStatus(WaveStatus newStatus, Instant at) {
		return new Wave(this.number, this.from, this.to, newStatus, this.seed, this.inputFingerprint, this.drawnAt,
				(newStatus == WaveStatus.PUBLISHED) ? at : this.publishedAt);
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

}
