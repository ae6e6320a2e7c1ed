package fr.vigie.audit.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.vigie.audit.AnswerConflictException;
import fr.vigie.audit.AnswerDraft;
import fr.vigie.audit.CapturedAnswer;
import fr.vigie.audit.EvidenceFile;
import fr.vigie.audit.internal.PersonNames;
import fr.vigie.referential.Answer;
import fr.vigie.referential.CheckItem;
import fr.vigie.referential.MeasureUnit;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.Requirement;
import fr.vigie.referential.ScaleLevel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;
import fr.vigie.shared.ui.UploadTexts;

/**
 * One checklist item: its answer, measure (stopwatch, ring counter or dates), graded
 * level, comment and evidence. In capture mode every change is saved at once; a save
 * refused because another device changed the answer shows both versions and lets the
 * auditor choose. In read mode everything is shown and nothing can change.
 */
class ItemEditor extends Div {

	/** Saves the item's answer, based on the revision the screen shows. */
	interface Saver {

		CapturedAnswer save(AnswerDraft draft, int basedOnRevision);

	}

	/** Evidence operations of the test the item belongs to. */
	interface EvidenceAccess {

		CapturedAnswer attach(String fileName, byte[] content);

		CapturedAnswer detach(String evidenceId);

		Optional<EvidenceFile> open(String evidenceId);

	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final ReferentialNode node;

	private final CheckItem item;

	private final Saver saver;

	private final EvidenceAccess evidenceAccess;

	private final Clock clock;

	/**
	 * Capture saves each change; correction collects a draft for a dialog; read shows.
	 */
	enum Mode {

		CAPTURE, CORRECTION, READ

	}

	private final Mode mode;

	private final boolean editable;

	private final Runnable onSaved;

	private CapturedAnswer saved;

	private Answer explicitAnswer;

	private final RadioButtonGroup<Answer> answer = new RadioButtonGroup<>();

	private final RadioButtonGroup<ScaleLevel> level = new RadioButtonGroup<>();

	private final BigDecimalField measured = new BigDecimalField();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final Stopwatch stopwatch;

	private final TextField overrideReason = new TextField();

	private final TextArea comment = new TextArea();

	private final Span privacyWarning = new Span();

	private final Span proposal = new Span();

	private final Span status = new Span();

	private final Div conflict = new Div();

	private final Div files = new Div();

	private List<String> shownEvidence;

	ItemEditor(ReferentialNode node, CapturedAnswer saved, Mode mode, Saver saver, EvidenceAccess evidenceAccess,
			Clock clock, Runnable onSaved) {
		this.node = node;
		this.item = node.item();
		this.saved = saved;
		this.mode = mode;
		this.editable = mode != Mode.READ;
		this.saver = saver;
		this.evidenceAccess = evidenceAccess;
		this.clock = clock;
		this.onSaved = onSaved;
		this.stopwatch = new Stopwatch(clock, this::timerChanged);
		this.explicitAnswer = saved.explicit() ? saved.answer() : null;
		setId(anchorOf(node.urn()));
		addClassName("item-card");
		getElement().setAttribute("role", "group");
		H3 title = new H3(node.label(getLocale()));
		String titleId = getId().orElseThrow() + "-title";
		title.setId(titleId);
		getElement().setAttribute("aria-labelledby", titleId);
		add(title);
		badges();
		guidance();
		measureInputs();
		levelInput();
		answerInput();
		commentInput();
		evidenceInput();
		this.status.addClassName("save-status");
		this.status.getElement().setAttribute("aria-live", "polite");
		this.conflict.addClassName("conflict");
		this.conflict.setVisible(false);
		add(this.conflict, this.status);
		show(saved);
	}

	/** Id of the element that shows an item, for links from the list of gaps. */
	static String anchorOf(String urn) {
		return "item-" + urn.replaceAll("[^A-Za-z0-9_-]", "-");
	}

	CapturedAnswer saved() {
		return this.saved;
	}

	ReferentialNode node() {
		return this.node;
	}

	/** The answer as currently entered, for a correction made in a dialog. */
	AnswerDraft draft() {
		BigDecimal typed = this.measured.getValue();
		return new AnswerDraft(this.node.urn(), this.explicitAnswer, typed,
				(this.level.getValue() != null) ? this.level.getValue().code() : null, this.from.getValue(),
				this.to.getValue(), this.stopwatch.startedAt(), this.stopwatch.stoppedAt(),
				this.overrideReason.getValue(), this.comment.getValue());
	}

	private void badges() {
		Div badges = new Div();
		badges.addClassName("item-badges");
		if (this.item.mandatory()) {
			badges.add(badge("audit.item.mandatory", "mandatory"));
		}
		if (this.item.blocking()) {
			badges.add(badge("audit.item.blocking", "blocking"));
		}
		if (this.item.photo() == Requirement.REQUIRED) {
			badges.add(badge("audit.item.photoRequired", "photo"));
		}
		this.item.target()
			.ifPresent((target) -> badges.add(badge("audit.item.target", "target",
					target.display() + " " + getTranslation(target.unit().messageKey()))));
		if (badges.getComponentCount() > 0) {
			add(badges);
		}
	}

	private Span badge(String key, String kind, Object... arguments) {
		Span badge = new Span(getTranslation(key, arguments));
		badge.addClassNames("badge", "badge-" + kind);
		return badge;
	}

	private void guidance() {
		if (this.node.guidance() == null && this.node.description() == null) {
			return;
		}
		Div text = new Div();
		if (this.node.description() != null) {
			text.add(new Paragraph(this.node.description().in(getLocale())));
		}
		if (this.node.guidance() != null) {
			text.add(new Paragraph(this.node.guidance().in(getLocale())));
		}
		Details details = new Details(getTranslation("audit.item.guidance"), text);
		details.addClassName("guidance");
		add(details);
	}

	private void measureInputs() {
		if (this.item.measure() == null) {
			return;
		}
		MeasureUnit unit = this.item.measure().unit();
		Div measure = new Div();
		measure.addClassName("measure");
		switch (unit) {
			case MINUTES, SECONDS -> {
				this.stopwatch.labels(getTranslation("audit.timer.start." + unit.code()),
						getTranslation("audit.timer.stop." + unit.code()), unit == MeasureUnit.MINUTES);
				measure.add(this.stopwatch);
			}
			case RINGS -> {
				Button ring = new Button(getTranslation("audit.rings.add"), VaadinIcon.PLUS.create(), (click) -> {
					BigDecimal current = (this.measured.getValue() != null) ? this.measured.getValue()
							: BigDecimal.ZERO;
					this.measured.setValue(current.add(BigDecimal.ONE));
					save();
				});
				ring.addClassName("ring-counter");
				ring.addThemeVariants(ButtonVariant.PRIMARY);
				ring.setEnabled(this.editable);
				measure.add(ring);
			}
			case WORKING_DAYS, DAYS -> {
				this.from.setLabel(getTranslation("audit.dates.sent"));
				this.to.setLabel(getTranslation("audit.dates.replied"));
				for (DatePicker date : List.of(this.from, this.to)) {
					date.setLocale(getLocale());
					date.setReadOnly(!this.editable);
					date.addValueChangeListener((event) -> {
						if (event.isFromClient()) {
							save();
						}
					});
				}
				measure.add(this.from, this.to);
			}
			default -> {
			}
		}
		this.measured.setLabel(getTranslation("audit.measured", getTranslation(unit.messageKey())));
		this.measured.setLocale(getLocale());
		this.measured.setReadOnly(!this.editable);
		this.measured.setHelperText(getTranslation("audit.measured.help." + helpOf(unit)));
		this.measured.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				save();
			}
		});
		this.proposal.addClassName("proposal");
		measure.add(this.measured, this.proposal);
		add(measure);
	}

	private static String helpOf(MeasureUnit unit) {
		return switch (unit) {
			case MINUTES, SECONDS -> "timer";
			case WORKING_DAYS, DAYS -> "dates";
			case RINGS -> "rings";
			default -> "typed";
		};
	}

	private void levelInput() {
		if (this.item.scale().isEmpty()) {
			return;
		}
		this.level.setLabel(getTranslation("audit.level"));
		this.level.setItems(this.item.scale());
		this.level.setItemLabelGenerator((scaleLevel) -> scaleLevel.name().in(getLocale()));
		this.level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		this.level.addClassName("touch-choices");
		this.level.setReadOnly(!this.editable);
		this.level.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				this.explicitAnswer = null;
				save();
			}
		});
		add(this.level);
	}

	private void answerInput() {
		this.answer.setLabel(getTranslation("audit.answer"));
		this.answer.setItems(this.item.answers().stream().sorted().toList());
		this.answer.setItemLabelGenerator((choice) -> getTranslation(choice.messageKey()));
		this.answer.addClassName("touch-choices");
		this.answer.setReadOnly(!this.editable);
		this.answer.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				this.explicitAnswer = event.getValue();
				save();
			}
		});
		this.overrideReason.setLabel(getTranslation("audit.overrideReason"));
		this.overrideReason.setWidthFull();
		this.overrideReason.setReadOnly(!this.editable);
		this.overrideReason.setValueChangeMode(ValueChangeMode.ON_CHANGE);
		this.overrideReason.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				save();
			}
		});
		add(this.answer, this.overrideReason);
	}

	private void commentInput() {
		if (this.item.freeText() == Requirement.NONE) {
			return;
		}
		this.comment.setLabel(getTranslation(
				(this.item.freeText() == Requirement.REQUIRED) ? "audit.comment.required" : "audit.comment"));
		this.comment.setHelperText(getTranslation("audit.comment.help"));
		this.comment.setWidthFull();
		this.comment.setReadOnly(!this.editable);
		// Saved while typing, so a closed tab loses at most the last half second.
		this.comment.setValueChangeMode(ValueChangeMode.LAZY);
		this.comment.setValueChangeTimeout(500);
		this.comment.addValueChangeListener((event) -> {
			warnAboutNames(event.getValue());
			if (event.isFromClient()) {
				save();
			}
		});
		this.privacyWarning.addClassName("privacy-warning");
		this.privacyWarning.getElement().setAttribute("aria-live", "polite");
		this.privacyWarning.setVisible(false);
		add(this.comment, this.privacyWarning);
	}

	private void warnAboutNames(String text) {
		List<String> passages = PersonNames.suspiciousPassages(text);
		this.privacyWarning.setVisible(!passages.isEmpty());
		this.privacyWarning.setText(passages.isEmpty() ? "" : getTranslation("audit.privacy.warning",
				String.join(", ", passages.stream().map((p) -> "« " + p + " »").toList())));
	}

	private void evidenceInput() {
		if (this.item.photo() == Requirement.NONE && this.saved.evidenceIds().isEmpty()) {
			return;
		}
		this.files.addClassName("evidence-list");
		add(this.files);
		if (this.mode != Mode.CAPTURE || this.item.photo() == Requirement.NONE) {
			return;
		}
		Upload upload = new Upload();
		upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
			attach(metadata.fileName(), bytes);
			upload.clearFileList();
		}));
		upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", "message/rfc822", ".jpg", ".jpeg",
				".png", ".pdf", ".eml");
		upload.setMaxFileSize(AuditUi.MAX_UPLOAD_BYTES);
		upload.setI18n(UploadTexts.of(this, "audit.evidence.drop", "audit.evidence.add", "audit.evidence.wrongType",
				AuditUi.MAX_UPLOAD_BYTES / (1024 * 1024)));
		// Phones offer their camera for an image input with a capture hint.
		upload.getElement().setAttribute("capture", "environment");
		upload.addFileRejectedListener((event) -> this.status
			.setText(getTranslation("audit.evidence.rejected", event.getFileName(), event.getErrorMessage())));
		upload.addClassName("evidence-upload");
		add(upload);
	}

	private void attach(String fileName, byte[] content) {
		try {
			CapturedAnswer next = this.evidenceAccess.attach(fileName, content);
			this.saved = next;
			showFiles(next);
			savedNow();
		}
		catch (UserFacingException refused) {
			this.status.setText(Notifications.text(this, refused.messageKey(), refused.arguments()));
			this.status.addClassName("error");
		}
	}

	private void showFiles(CapturedAnswer answer) {
		// Each file is read from GridFS to show it: only when the attached files changed,
		// not on every save of the answer.
		if (answer.evidenceIds().equals(this.shownEvidence)) {
			return;
		}
		this.shownEvidence = answer.evidenceIds();
		this.files.removeAll();
		for (String evidenceId : answer.evidenceIds()) {
			Div file = new Div();
			file.addClassName("evidence");
			Optional<EvidenceFile> stored = this.evidenceAccess.open(evidenceId);
			String name = stored.map(EvidenceFile::fileName).orElse(evidenceId);
			DownloadHandler download = DownloadHandler.fromInputStream((event) -> this.evidenceAccess.open(evidenceId)
				.map((found) -> new com.vaadin.flow.server.streams.DownloadResponse(
						new java.io.ByteArrayInputStream(found.content()), found.fileName(), found.contentType(),
						found.size()))
				.orElseGet(() -> com.vaadin.flow.server.streams.DownloadResponse.error(404)));
			if (stored.map(EvidenceFile::isImage).orElse(false)) {
				Image thumbnail = new Image(download, getTranslation("audit.evidence.alt", name));
				thumbnail.addClassName("thumbnail");
				file.add(thumbnail);
			}
			Anchor link = new Anchor(download, name);
			link.setTarget("_blank");
			file.add(link);
			if (this.mode == Mode.CAPTURE) {
				Button remove = new Button(VaadinIcon.TRASH.create(), (click) -> {
					this.saved = this.evidenceAccess.detach(evidenceId);
					showFiles(this.saved);
				});
				remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
				remove.setAriaLabel(getTranslation("audit.evidence.remove", name));
				file.add(remove);
			}
			this.files.add(file);
		}
	}

	private void timerChanged() {
		save();
	}

	/** Saves the item as entered; the result or the refusal shows under it. */
	void save() {
		if (this.mode != Mode.CAPTURE) {
			return;
		}
		this.status.removeClassName("error");
		try {
			CapturedAnswer next = this.saver.save(draft(), this.saved.revision());
			this.saved = next;
			show(next);
			savedNow();
			this.onSaved.run();
		}
		catch (AnswerConflictException changedElsewhere) {
			showConflict(changedElsewhere.current());
		}
		catch (UserFacingException refused) {
			this.status.setText(Notifications.text(this, refused.messageKey(), refused.arguments()));
			this.status.addClassName("error");
			if ("audit.error.overrideReason".equals(refused.messageKey())) {
				this.overrideReason.setVisible(true);
				this.overrideReason.setInvalid(true);
				this.overrideReason.setErrorMessage(getTranslation(refused.messageKey()));
				this.overrideReason.focus();
			}
		}
	}

	private void savedNow() {
		this.status
			.setText(getTranslation("audit.saved", LocalTime.now(this.clock.withZone(AuditUi.PARIS)).format(TIME)));
	}

	private void showConflict(CapturedAnswer theirs) {
		this.conflict.removeAll();
		this.conflict.setVisible(true);
		this.conflict.getElement().setAttribute("role", "alert");
		String when = (theirs.savedAt() != null) ? theirs.savedAt().atZone(AuditUi.PARIS).toLocalTime().format(TIME)
				: "";
		Paragraph explanation = new Paragraph(getTranslation("audit.conflict", when, describe(theirs)));
		Button keepMine = new Button(getTranslation("audit.conflict.keepMine"), (click) -> {
			this.saved = theirs;
			this.conflict.setVisible(false);
			save();
		});
		Button takeTheirs = new Button(getTranslation("audit.conflict.takeTheirs"), (click) -> {
			this.saved = theirs;
			this.explicitAnswer = theirs.explicit() ? theirs.answer() : null;
			this.conflict.setVisible(false);
			show(theirs);
			this.onSaved.run();
		});
		keepMine.addThemeVariants(ButtonVariant.PRIMARY);
		this.conflict.add(explanation, keepMine, takeTheirs);
	}

	private String describe(CapturedAnswer answer) {
		StringBuilder text = new StringBuilder((answer.answer() != null) ? getTranslation(answer.answer().messageKey())
				: getTranslation("audit.unanswered"));
		if (answer.measured() != null) {
			text.append(" · ").append(answer.measured().toPlainString());
		}
		if (!answer.comment().isBlank()) {
			text.append(" · « ").append(answer.comment()).append(" »");
		}
		return text.toString();
	}

	/** Puts a saved answer on screen (derived values included). */
	private void show(CapturedAnswer answer) {
		this.answer.setValue(answer.answer());
		if (!this.item.scale().isEmpty()) {
			this.level.setValue(this.item.scale()
				.stream()
				.filter((scaleLevel) -> scaleLevel.code().equals(answer.level()))
				.findFirst()
				.orElse(null));
		}
		this.measured.setValue(answer.measured());
		this.from.setValue(answer.from());
		this.to.setValue(answer.to());
		this.stopwatch.show(answer.timerStart(), answer.timerStop(), this.editable);
		boolean departs = answer.overridden();
		this.overrideReason.setVisible(departs);
		this.overrideReason.setInvalid(false);
		this.overrideReason.setValue((answer.overrideReason() != null) ? answer.overrideReason() : "");
		if (!this.comment.getValue().equals(answer.comment())) {
			this.comment.setValue(answer.comment());
		}
		this.proposal.setText((answer.proposedCompliant() == null) ? "" : getTranslation(
				answer.proposedCompliant() ? "audit.proposal.compliant" : "audit.proposal.nonCompliant"));
		showFiles(answer);
		getElement().setAttribute("data-answered", Boolean.toString(answer.answer() != null));
	}

	@Override
	public Locale getLocale() {
		return AuditUi.locale();
	}

}
