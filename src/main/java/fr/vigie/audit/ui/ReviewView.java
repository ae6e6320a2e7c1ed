package fr.vigie.audit.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.vigie.audit.AuditManagement;
import fr.vigie.audit.AuditStatus;
import fr.vigie.audit.AuditTest;
import fr.vigie.audit.CapturedAnswer;
import fr.vigie.audit.Checklist;
import fr.vigie.audit.Correction;
import fr.vigie.audit.EvidenceFile;
import fr.vigie.audit.ReviewNote;
import fr.vigie.identity.Role;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.GridAccessibility;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * A quality manager's review of one test: every answer with its measures, comments and
 * evidence; validate or return with a comment; after validation, corrections with a
 * reason, kept in an append-only history shown at the bottom.
 */
@Route("reviews/:testId")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final AuditManagement audits;

	private final Clock clock;

	private Checklist checklist;

	ReviewView(AuditManagement audits, Clock clock) {
		this.audits = audits;
		this.clock = clock;
		addClassNames("page", "capture", "review");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			this.checklist = this.audits.checklist(event.getRouteParameters().get("testId").orElse(""));
		}
		catch (UserFacingException unknown) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		build();
	}

	private void reload() {
		this.checklist = this.audits.checklist(this.checklist.test().id());
		build();
	}

	private void build() {
		removeAll();
		AuditTest test = this.checklist.test();
		add(new H1(this.checklist.siteName()), TestHeader.of(this, this.checklist));
		if (test.status() == AuditStatus.SUBMITTED) {
			add(decision(test));
		}
		for (Checklist.Section section : this.checklist.sections()) {
			Div group = new Div();
			group.addClassName("engagement");
			if (section.engagement() != null) {
				group.add(new H2(section.engagement().label(getLocale())));
			}
			for (ReferentialNode node : section.items()) {
				ItemEditor shown = new ItemEditor(node, test.answer(node.urn()), ItemEditor.Mode.READ, null, evidence(),
						this.clock, () -> {
						});
				if (test.status() == AuditStatus.VALIDATED) {
					Button correct = new Button(getTranslation("review.correct"), VaadinIcon.EDIT.create(),
							(click) -> openCorrection(node, test.answer(node.urn())));
					correct.addThemeVariants(ButtonVariant.TERTIARY);
					correct.setAriaLabel(getTranslation("review.correctItem", node.label(getLocale())));
					shown.add(correct);
				}
				group.add(shown);
			}
			add(group);
		}
		add(history(test));
	}

	private Div decision(AuditTest test) {
		Button validate = new Button(getTranslation("review.validate"), VaadinIcon.CHECK.create(),
				(click) -> Notifications.apply(this, () -> this.audits.validate(test.id(), test.version()),
						(validated) -> reload(), "review.validated"));
		validate.addThemeVariants(ButtonVariant.PRIMARY);
		validate.setId("validate-test");
		TextArea comment = new TextArea(getTranslation("review.returnComment"));
		comment.setWidthFull();
		comment.setId("return-comment");
		Button sendBack = new Button(getTranslation("review.return"), VaadinIcon.ARROW_BACKWARD.create(),
				(click) -> Notifications.apply(this,
						() -> this.audits.returnForCorrection(test.id(), comment.getValue(), test.version()),
						(returned) -> reload(), "review.returned"));
		sendBack.setId("return-test");
		Div box = new Div(new Paragraph(getTranslation("review.decide")), validate, comment, sendBack);
		box.addClassName("review-decision");
		return box;
	}

	private void openCorrection(ReferentialNode node, CapturedAnswer current) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("review.correctItem", node.label(getLocale())));
		ItemEditor editor = new ItemEditor(node, current, ItemEditor.Mode.CORRECTION, null, evidence(), this.clock,
				() -> {
				});
		TextArea reason = new TextArea(getTranslation("review.correctionReason"));
		reason.setWidthFull();
		reason.setRequired(true);
		dialog.add(editor, reason);
		Button save = new Button(getTranslation("review.saveCorrection"), (click) -> {
			try {
				this.audits.correct(this.checklist.test().id(), editor.draft(), current.revision(), reason.getValue());
				Notifications.success(this, "review.corrected");
				dialog.close();
				reload();
			}
			catch (UserFacingException refused) {
				reason.setInvalid(true);
				reason.setErrorMessage(Notifications.text(this, refused.messageKey(), refused.arguments()));
			}
		});
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Button cancel = new Button(getTranslation("action.cancel"), (click) -> dialog.close());
		dialog.getFooter().add(cancel, save);
		dialog.open();
	}

	private ItemEditor.EvidenceAccess evidence() {
		return new ItemEditor.EvidenceAccess() {

			@Override
			public CapturedAnswer attach(String fileName, byte[] content) {
				throw new UserFacingException("audit.error.locked");
			}

			@Override
			public CapturedAnswer detach(String evidenceId) {
				throw new UserFacingException("audit.error.locked");
			}

			@Override
			public Optional<EvidenceFile> open(String evidenceId) {
				return ReviewView.this.audits.evidence(evidenceId);
			}

		};
	}

	private Div history(AuditTest test) {
		Div history = new Div(new H2(getTranslation("review.history")));
		history.addClassName("history");
		UnorderedList steps = new UnorderedList();
		for (ReviewNote note : test.reviewNotes()) {
			String line = note.at().atZone(AuditUi.PARIS).format(AuditUi.MOMENT) + " · " + note.by() + " · "
					+ getTranslation(note.outcome().messageKey())
					+ ((note.comment() != null) ? " — « " + note.comment() + " »" : "");
			steps.add(new ListItem(line));
		}
		history.add(steps);
		List<Correction> corrections = test.corrections();
		if (!corrections.isEmpty()) {
			Grid<Correction> grid = new Grid<>();
			grid.addColumn((correction) -> correction.at().atZone(AuditUi.PARIS).format(AuditUi.MOMENT))
				.setHeader(getTranslation("review.history.when"));
			grid.addColumn(Correction::by).setHeader(getTranslation("review.history.who"));
			grid.addColumn((correction) -> this.checklist.referential()
				.node(correction.itemUrn())
				.map((node) -> node.label(getLocale()))
				.orElse(correction.itemUrn())).setHeader(getTranslation("review.history.item")).setFlexGrow(2);
			grid.addColumn((correction) -> getTranslation("review.field." + correction.field()))
				.setHeader(getTranslation("review.history.field"));
			grid.addColumn(Correction::oldValue).setHeader(getTranslation("review.history.old"));
			grid.addColumn(Correction::newValue).setHeader(getTranslation("review.history.new"));
			grid.addColumn(Correction::reason).setHeader(getTranslation("review.history.reason")).setFlexGrow(2);
			grid.setItems(corrections);
			grid.setAllRowsVisible(true);
			grid.setAriaLabel(getTranslation("review.history.corrections"));
			grid.setId("corrections");
			history.add(new H2(getTranslation("review.history.corrections")), GridAccessibility.hideSizerRow(grid));
		}
		return history;
	}

	@Override
	public String getPageTitle() {
		String site = (this.checklist != null) ? this.checklist.siteName() + " · " : "";
		return site + getTranslation("reviews.title") + " · " + getTranslation("app.name");
	}

}
