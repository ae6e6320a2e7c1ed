package fr.vigie.campaign;

/** Life of a wave: planned, drawn (draft plan), published to auditors, open, closed. */
public enum WaveStatus {

	PLANNED, DRAWN, PUBLISHED, OPEN, CLOSED;

	public String messageKey() {
		return "waveStatus." + name();
	}

}
