package fr.vigie.referential;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.vigie.shared.Channel;

/**
 * What an assessable node asks the auditor, and how his answer is judged. This is the
 * contract the audit capture and the scoring rely on.
 *
 * @param channels channels the item applies to (at least one)
 * @param answers answers the auditor may give; always includes compliant and
 * non-compliant
 * @param measure value to measure, with its unit and optional target; null when nothing
 * is measured
 * @param scale graded levels from worst to best; empty when the item is not graded
 * @param freeText whether a comment is not offered, optional or required
 * @param photo whether photo evidence is not offered, optional or required
 * @param weight weight of the item in its engagement's score (positive)
 * @param blocking a non-compliant blocking item fails its whole engagement
 * @param mandatory the test cannot be submitted while this item is unanswered
 */
public record CheckItem(Set<Channel> channels, Set<Answer> answers, Measure measure, List<ScaleLevel> scale,
		Requirement freeText, Requirement photo, BigDecimal weight, boolean blocking, boolean mandatory) {

	public static final Set<Answer> ALL_ANSWERS = Collections.unmodifiableSet(EnumSet.allOf(Answer.class));

	public CheckItem {
		if (channels == null || channels.isEmpty()) {
			throw new IllegalArgumentException("an item applies to at least one channel");
		}
		channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
		answers = (answers == null || answers.isEmpty()) ? ALL_ANSWERS
				: Collections.unmodifiableSet(EnumSet.copyOf(answers));
		if (!answers.contains(Answer.COMPLIANT) || !answers.contains(Answer.NON_COMPLIANT)) {
			throw new IllegalArgumentException("an item always accepts compliant and non-compliant answers");
		}
		scale = (scale == null) ? List.of() : List.copyOf(scale);
		checkScale(scale);
		freeText = (freeText != null) ? freeText : Requirement.OPTIONAL;
		photo = (photo != null) ? photo : Requirement.NONE;
		Objects.requireNonNull(weight, "weight");
		if (weight.signum() <= 0) {
			throw new IllegalArgumentException("weight must be positive: " + weight);
		}
		weight = weight.stripTrailingZeros();
		if (weight.scale() < 0) {
			weight = weight.setScale(0);
		}
	}

	private static void checkScale(List<ScaleLevel> scale) {
		if (scale.isEmpty()) {
			return;
		}
		if (scale.size() < 2) {
			throw new IllegalArgumentException("a graded scale has at least two levels");
		}
		Set<String> codes = new HashSet<>();
		for (ScaleLevel level : scale) {
			if (!codes.add(level.code())) {
				throw new IllegalArgumentException("duplicate scale level " + level.code());
			}
		}
		if (scale.stream().noneMatch(ScaleLevel::compliant) || scale.stream().allMatch(ScaleLevel::compliant)) {
			throw new IllegalArgumentException("a scale needs compliant and non-compliant levels");
		}
	}

	public boolean appliesTo(Channel channel) {
		return this.channels.contains(channel);
	}

	public Optional<Target> target() {
		return Optional.ofNullable(this.measure).map(Measure::target);
	}

	/**
	 * Conformity of a measured value, when the item has a target.
	 * @param measured the measured value in the measure's unit
	 * @return compliant or not, or empty when the item has no target
	 */
	public Optional<Boolean> conformityOf(BigDecimal measured) {
		return target().map((target) -> target.evaluate(measured));
	}

	/**
	 * Conformity of a graded answer.
	 * @param levelCode code of the chosen scale level
	 * @return compliant or not, or empty when the level is not on this item's scale
	 */
	public Optional<Boolean> conformityOfLevel(String levelCode) {
		return this.scale.stream()
			.filter((level) -> level.code().equals(levelCode))
			.findFirst()
			.map(ScaleLevel::compliant);
	}

}
