package fr.vigie.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.vigie.shared.UserFacingException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mystery-test campaign and its waves. The definition can change only while no wave has
 * been published; a wave moves planned → drawn → published → open → closed.
 */
@Document("campaigns")
public class Campaign {

	@Id
	private final String id;

	private CampaignDefinition definition;

	private final List<Wave> waves;

	private final String createdBy;

	private final Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	Campaign(String id, CampaignDefinition definition, List<Wave> waves, String createdBy, Instant createdAt,
			Long version) {
		this.id = id;
		this.definition = definition;
		this.waves = new ArrayList<>(waves);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Campaign plan(CampaignDefinition definition, String createdBy, Instant now) {
		definition.validate();
		return new Campaign(UUID.randomUUID().toString(), definition, wavesOf(definition), createdBy, now, null);
	}

	/**
	 * Cuts the campaign period into waves: one wave for a one-off campaign, one per
	 * recurrence period otherwise (the last one ends with the campaign).
	 */
	static List<Wave> wavesOf(CampaignDefinition definition) {
		List<Wave> waves = new ArrayList<>();
		LocalDate from = definition.start();
		int number = 1;
		while (!from.isAfter(definition.end())) {
			LocalDate next = definition.recurrence().next(from);
			LocalDate to = (next == null || next.minusDays(1).isAfter(definition.end())) ? definition.end()
					: next.minusDays(1);
			waves.add(new Wave(number++, from, to, WaveStatus.PLANNED, null, null, null, null));
			if (next == null) {
				break;
			}
			from = next;
		}
		return waves;
	}

	void redefine(CampaignDefinition newDefinition) {
		if (this.waves.stream().anyMatch((wave) -> wave.status().compareTo(WaveStatus.PUBLISHED) >= 0)) {
			throw new UserFacingException("campaign.error.alreadyPublished");
		}
		newDefinition.validate();
		this.definition = newDefinition;
		this.waves.clear();
		this.waves.addAll(wavesOf(newDefinition));
	}

	void recordDraw(int number, long seed, String fingerprint, Instant at) {
		Wave wave = wave(number).orElseThrow(() -> new UserFacingException("campaign.error.noWave", number));
		if (wave.status().compareTo(WaveStatus.PUBLISHED) >= 0) {
			throw new UserFacingException("campaign.error.waveAlreadyPublished", number);
		}
		replace(wave.drawn(seed, fingerprint, at));
	}

	void publish(int number, Instant at) {
		Wave wave = wave(number).orElseThrow(() -> new UserFacingException("campaign.error.noWave", number));
		if (wave.status() != WaveStatus.DRAWN) {
			throw new UserFacingException("campaign.error.notDrawn", number);
		}
		replace(wave.withStatus(WaveStatus.PUBLISHED, at));
	}

	/**
	 * Opens published waves whose period has started and closes those that have ended.
	 */
	public boolean advance(LocalDate today, Instant at) {
		boolean changed = false;
		for (Wave wave : List.copyOf(this.waves)) {
			if (wave.status() == WaveStatus.PUBLISHED && !today.isBefore(wave.from())) {
				replace(wave.withStatus(WaveStatus.OPEN, at));
				changed = true;
			}
		}
		for (Wave wave : List.copyOf(this.waves)) {
			if (wave.status() == WaveStatus.OPEN && today.isAfter(wave.to())) {
				replace(wave.withStatus(WaveStatus.CLOSED, at));
				changed = true;
			}
		}
		return changed;
	}

	private void replace(Wave wave) {
		this.waves.replaceAll((existing) -> (existing.number() == wave.number()) ? wave : existing);
	}

	public Optional<Wave> wave(int number) {
		return this.waves.stream().filter((wave) -> wave.number() == number).findFirst();
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.definition.name();
	}

	public CampaignDefinition definition() {
		return this.definition;
	}

	public List<Wave> waves() {
		return List.copyOf(this.waves);
	}

	public String createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Long version() {
		return this.version;
	}

}
