package fr.vigie.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.vigie.campaign.TestSlot;
import fr.vigie.referential.Answer;
import fr.vigie.referential.CheckItem;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.Requirement;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.calendar.WorkingDays;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The checklist of one mystery test, as the auditor fills it in and the quality manager
 * reviews it. Its id is the campaign slot's id: one checklist per test. Every answer is a
 * separate save with its own revision, so autosave is cheap and two devices never
 * overwrite each other's answers silently.
 */
@Document("audits")
@CompoundIndex(name = "status_submitted", def = "{'status': 1, 'submittedAt': 1}")
@CompoundIndex(name = "status_validated", def = "{'status': 1, 'validatedAt': -1}")
public class AuditTest {

	@Id
	private final String id;

	private final String campaignId;

	private final int wave;

	@Indexed
	private final String siteId;

	private final Channel channel;

	private final String referentialVersionId;

	private final LocalDate plannedDate;

	private final String scenario;

	private final String auditorCode;

	@Indexed
	private final String auditorUsername;

	@Indexed
	private AuditStatus status;

	private final List<CapturedAnswer> answers;

	private final List<ReviewNote> reviewNotes;

	private final List<Correction> corrections;

	private Instant startedAt;

	private Instant submittedAt;

	private Instant validatedAt;

	private int resultRevision;

	@Version
	private Long version;

	@PersistenceCreator
	AuditTest(String id, String campaignId, int wave, String siteId, Channel channel, String referentialVersionId,
			LocalDate plannedDate, String scenario, String auditorCode, String auditorUsername, AuditStatus status,
			List<CapturedAnswer> answers, List<ReviewNote> reviewNotes, List<Correction> corrections, Instant startedAt,
			Instant submittedAt, Instant validatedAt, int resultRevision, Long version) {
		this.id = id;
		this.campaignId = campaignId;
		this.wave = wave;
		this.siteId = siteId;
		this.channel = channel;
		this.referentialVersionId = referentialVersionId;
		this.plannedDate = plannedDate;
		this.scenario = scenario;
		this.auditorCode = auditorCode;
		this.auditorUsername = auditorUsername;
		this.status = status;
		this.answers = new ArrayList<>((answers != null) ? answers : List.of());
		this.reviewNotes = new ArrayList<>((reviewNotes != null) ? reviewNotes : List.of());
		this.corrections = new ArrayList<>((corrections != null) ? corrections : List.of());
		this.startedAt = startedAt;
		this.submittedAt = submittedAt;
		this.validatedAt = validatedAt;
		this.resultRevision = resultRevision;
		this.version = version;
	}

	/** The checklist of a published test, opened for the first time. */
	static AuditTest open(TestSlot slot, String referentialVersionId) {
		return new AuditTest(slot.id(), slot.campaignId(), slot.wave(), slot.siteId(), slot.channel(),
				referentialVersionId, slot.date(), slot.scenario(), slot.auditorId(), slot.auditorUsername(),
				AuditStatus.IN_PROGRESS, List.of(), List.of(), List.of(), null, null, null, 0, null);
	}

	/**
	 * Saves the auditor's answer to {@code node}, based on the revision of it he last
	 * saw.
	 * @throws AnswerConflictException when another device saved this answer meanwhile
	 */
	CapturedAnswer record(ReferentialNode node, AnswerDraft draft, int basedOnRevision, WorkingDays days, String by,
			Instant at) {
		requireEditableByAuditor();
		CapturedAnswer current = requireRevision(node.urn(), basedOnRevision);
		CapturedAnswer next = evaluate(node, draft, current, days, by, at);
		replace(next);
		if (this.startedAt == null) {
			this.startedAt = at;
		}
		return next;
	}

	/** Attaches stored evidence files to an item. */
	CapturedAnswer attach(String itemUrn, List<String> evidenceIds, int maxPerItem, String by, Instant at) {
		requireEditableByAuditor();
		CapturedAnswer current = answer(itemUrn);
		List<String> ids = new ArrayList<>(current.evidenceIds());
		ids.addAll(evidenceIds);
		if (ids.size() > maxPerItem) {
			throw new UserFacingException("audit.error.tooManyFiles", maxPerItem);
		}
		CapturedAnswer next = current.withEvidence(ids, at, by);
		replace(next);
		return next;
	}

	/** Detaches an evidence file from an item. */
	CapturedAnswer detach(String itemUrn, String evidenceId, String by, Instant at) {
		requireEditableByAuditor();
		CapturedAnswer current = answer(itemUrn);
		if (!current.evidenceIds().contains(evidenceId)) {
			throw new UserFacingException("audit.error.notFound");
		}
		CapturedAnswer next = current
			.withEvidence(current.evidenceIds().stream().filter((id) -> !id.equals(evidenceId)).toList(), at, by);
		replace(next);
		return next;
	}

	/**
	 * Locks the checklist for review, if nothing is missing.
	 * @param items the items of the test's channel, in referential order
	 * @throws IncompleteTestException listing every gap
	 */
	void submit(List<ReferentialNode> items, String by, Instant at) {
		requireEditableByAuditor();
		List<CompletenessGap> gaps = gaps(items);
		if (!gaps.isEmpty()) {
			throw new IncompleteTestException(gaps);
		}
		this.status = AuditStatus.SUBMITTED;
		this.submittedAt = at;
		this.reviewNotes.add(new ReviewNote(at, by, AuditStatus.SUBMITTED, null));
	}

	/** What still prevents submission, item by item. */
	public List<CompletenessGap> gaps(List<ReferentialNode> items) {
		List<CompletenessGap> gaps = new ArrayList<>();
		for (ReferentialNode node : items) {
			CheckItem item = node.item();
			CapturedAnswer given = answer(node.urn());
			String label = node.label(java.util.Locale.FRENCH);
			if (given.answer() == null) {
				if (item.mandatory()) {
					gaps.add(new CompletenessGap(node.urn(), label, "audit.gap.answer"));
				}
				continue;
			}
			if (given.answer() == Answer.NOT_APPLICABLE) {
				continue;
			}
			if (item.photo() == Requirement.REQUIRED && given.evidenceIds().isEmpty()) {
				gaps.add(new CompletenessGap(node.urn(), label, "audit.gap.photo"));
			}
			boolean commentNeeded = item.freeText() == Requirement.REQUIRED
					|| (given.answer() == Answer.NON_COMPLIANT && item.freeText() != Requirement.NONE);
			if (commentNeeded && given.comment().isBlank()) {
				gaps.add(new CompletenessGap(node.urn(), label, "audit.gap.comment"));
			}
		}
		return gaps;
	}

	/** The quality manager accepts the test: its results count from now on. */
	AuditResult validate(List<ReferentialNode> items, String by, Instant at) {
		if (this.status != AuditStatus.SUBMITTED) {
			throw new UserFacingException("audit.error.notSubmitted");
		}
		this.status = AuditStatus.VALIDATED;
		this.validatedAt = at;
		this.resultRevision = 1;
		this.reviewNotes.add(new ReviewNote(at, by, AuditStatus.VALIDATED, null));
		return result(items);
	}

	/** The quality manager sends the test back to its auditor with what to fix. */
	void returnForCorrection(String comment, String by, Instant at) {
		if (this.status != AuditStatus.SUBMITTED) {
			throw new UserFacingException("audit.error.notSubmitted");
		}
		if (comment == null || comment.isBlank()) {
			throw new UserFacingException("audit.error.returnComment");
		}
		this.status = AuditStatus.RETURNED;
		this.reviewNotes.add(new ReviewNote(at, by, AuditStatus.RETURNED, comment.strip()));
	}

	/**
	 * Corrects an answer of a validated test. Each changed field is appended to the
	 * history with the reason; nothing is ever removed from it.
	 */
	AuditResult correct(ReferentialNode node, AnswerDraft draft, int basedOnRevision, String reason,
			List<ReferentialNode> items, WorkingDays days, String by, Instant at) {
		if (this.status != AuditStatus.VALIDATED) {
			throw new UserFacingException("audit.error.notValidated");
		}
		if (reason == null || reason.isBlank()) {
			throw new UserFacingException("audit.error.correctionReason");
		}
		CapturedAnswer current = requireRevision(node.urn(), basedOnRevision);
		CapturedAnswer next = evaluate(node, draft, current, days, by, at);
		List<Correction> changes = new ArrayList<>();
		compare(changes, "answer", current.answer(), next.answer());
		compare(changes, "measured", current.measured(), next.measured());
		compare(changes, "level", current.level(), next.level());
		compare(changes, "from", current.from(), next.from());
		compare(changes, "to", current.to(), next.to());
		compare(changes, "overrideReason", current.overrideReason(), next.overrideReason());
		compare(changes, "comment", current.comment(), next.comment());
		if (changes.isEmpty()) {
			throw new UserFacingException("audit.error.noChange");
		}
		changes.forEach((change) -> this.corrections.add(new Correction(at, by, node.urn(), change.field(),
				change.oldValue(), change.newValue(), reason.strip())));
		replace(next);
		this.resultRevision++;
		return result(items);
	}

	/** The result other modules consume, items in referential order. */
	AuditResult result(List<ReferentialNode> items) {
		return new AuditResult(this.id, this.campaignId, this.wave, this.siteId, this.channel,
				this.referentialVersionId, testedOn(), this.scenario, this.auditorCode, this.validatedAt,
				this.resultRevision, items.stream().map((node) -> answer(node.urn()).toResult()).toList());
	}

	/** The answer given to an item, or an empty one. */
	public CapturedAnswer answer(String itemUrn) {
		return this.answers.stream()
			.filter((answer) -> answer.itemUrn().equals(itemUrn))
			.findFirst()
			.orElseGet(() -> CapturedAnswer.none(itemUrn));
	}

	/** How many of {@code items} are answered. */
	public long answeredCount(List<ReferentialNode> items) {
		return items.stream().filter((node) -> answer(node.urn()).answer() != null).count();
	}

	/** The day the test took place: when the auditor started it, else the planned day. */
	public LocalDate testedOn() {
		return ReviewEntry.testedOn(this.startedAt, this.plannedDate);
	}

	private void requireEditableByAuditor() {
		if (!this.status.editableByAuditor()) {
			throw new UserFacingException("audit.error.locked");
		}
	}

	private CapturedAnswer requireRevision(String itemUrn, int basedOnRevision) {
		CapturedAnswer current = answer(itemUrn);
		if (current.revision() != basedOnRevision) {
			throw new AnswerConflictException(current);
		}
		return current;
	}

	private void replace(CapturedAnswer next) {
		this.answers.removeIf((answer) -> answer.itemUrn().equals(next.itemUrn()));
		this.answers.add(next);
	}

	/** Turns a draft into a stored answer: measures, proposal, checks. */
	static CapturedAnswer evaluate(ReferentialNode node, AnswerDraft draft, CapturedAnswer current, WorkingDays days,
			String by, Instant at) {
		CheckItem item = node.item();
		if (item == null) {
			throw new UserFacingException("audit.error.notAnItem", node.urn());
		}
		BigDecimal measured = measured(item, draft, days);
		Boolean proposal = proposal(item, measured, draft.level());
		Answer explicit = draft.answer();
		if (explicit != null && !item.answers().contains(explicit)) {
			throw new UserFacingException("audit.error.answerNotAllowed",
					UserFacingException.label(explicit.messageKey()));
		}
		Answer finalAnswer = (explicit != null) ? explicit
				: (proposal == null) ? null : proposal ? Answer.COMPLIANT : Answer.NON_COMPLIANT;
		boolean departs = proposal != null && explicit != null
				&& (explicit == Answer.COMPLIANT || explicit == Answer.NON_COMPLIANT)
				&& (explicit == Answer.COMPLIANT) != proposal;
		String reason = departs ? blankToNull(draft.overrideReason()) : null;
		if (departs && reason == null) {
			throw new UserFacingException("audit.error.overrideReason");
		}
		return new CapturedAnswer(node.urn(), finalAnswer, explicit != null, measured, blankToNull(draft.level()),
				draft.from(), draft.to(), draft.timerStart(), draft.timerStop(), proposal, reason,
				(draft.comment() == null) ? "" : draft.comment().strip(), current.evidenceIds(), at, by,
				current.revision() + 1);
	}

	/**
	 * The measured value: computed from the stopwatch or the two dates when they are
	 * given (so it cannot be mistyped), else the value typed by hand.
	 */
	static BigDecimal measured(CheckItem item, AnswerDraft draft, WorkingDays days) {
		if (item.measure() == null) {
			return null;
		}
		BigDecimal value = switch (item.measure().unit()) {
			case WORKING_DAYS -> datesGiven(draft)
					? BigDecimal.valueOf(days.workingDaysBetween(draft.from(), draft.to())) : draft.measured();
			case DAYS -> datesGiven(draft) ? BigDecimal.valueOf(ChronoUnit.DAYS.between(draft.from(), draft.to()))
					: draft.measured();
			case MINUTES -> timed(draft) ? BigDecimal.valueOf(elapsed(draft).toSeconds())
				.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP) : draft.measured();
			case SECONDS -> timed(draft) ? BigDecimal.valueOf(elapsed(draft).toSeconds()) : draft.measured();
			default -> draft.measured();
		};
		if (value != null && value.signum() < 0) {
			throw new UserFacingException(datesGiven(draft) ? "audit.error.datesOrder" : "audit.error.negativeMeasure");
		}
		BigDecimal maximum = item.measure().unit().maximum().orElse(null);
		if (value != null && maximum != null && value.compareTo(maximum) > 0) {
			throw new UserFacingException("audit.error.measureTooLarge", maximum.toPlainString());
		}
		if (value == null) {
			return null;
		}
		BigDecimal plain = value.stripTrailingZeros();
		return (plain.scale() < 0) ? plain.setScale(0) : plain;
	}

	private static Boolean proposal(CheckItem item, BigDecimal measured, String level) {
		if (level != null && !level.isBlank()) {
			return item.conformityOfLevel(level)
				.orElseThrow(() -> new UserFacingException("audit.error.unknownLevel", level));
		}
		return (measured != null) ? item.conformityOf(measured).orElse(null) : null;
	}

	private static boolean datesGiven(AnswerDraft draft) {
		return draft.from() != null && draft.to() != null;
	}

	private static boolean timed(AnswerDraft draft) {
		return draft.timerStart() != null && draft.timerStop() != null;
	}

	private static Duration elapsed(AnswerDraft draft) {
		return Duration.between(draft.timerStart(), draft.timerStop());
	}

	private static void compare(List<Correction> changes, String field, Object before, Object after) {
		String old = display(before);
		String now = display(after);
		if (!Objects.equals(old, now)) {
			changes.add(new Correction(null, null, null, field, old, now, null));
		}
	}

	private static String display(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Answer answer) {
			return answer.code();
		}
		String text = value.toString();
		return text.isBlank() ? null : text;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String id() {
		return this.id;
	}

	public String campaignId() {
		return this.campaignId;
	}

	public int wave() {
		return this.wave;
	}

	public String siteId() {
		return this.siteId;
	}

	public Channel channel() {
		return this.channel;
	}

	public String referentialVersionId() {
		return this.referentialVersionId;
	}

	public LocalDate plannedDate() {
		return this.plannedDate;
	}

	public String scenario() {
		return this.scenario;
	}

	public String auditorCode() {
		return this.auditorCode;
	}

	public String auditorUsername() {
		return this.auditorUsername;
	}

	public AuditStatus status() {
		return this.status;
	}

	public List<CapturedAnswer> answers() {
		return List.copyOf(this.answers);
	}

	public List<ReviewNote> reviewNotes() {
		return List.copyOf(this.reviewNotes);
	}

	/** The last comment of a quality manager who returned the test. */
	public Optional<ReviewNote> lastReturn() {
		return this.reviewNotes.stream()
			.filter((note) -> note.outcome() == AuditStatus.RETURNED)
			.reduce((first, second) -> second);
	}

	public List<Correction> corrections() {
		return List.copyOf(this.corrections);
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public Instant validatedAt() {
		return this.validatedAt;
	}

	public int resultRevision() {
		return this.resultRevision;
	}

	public Long version() {
		return this.version;
	}

}
