package fr.vigie.audit.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.vigie.audit.AuditManagement;
import fr.vigie.audit.AuditTest;
import fr.vigie.audit.CapturedAnswer;
import fr.vigie.audit.Checklist;
import fr.vigie.audit.CompletenessGap;
import fr.vigie.audit.EvidenceFile;
import fr.vigie.audit.IncompleteTestException;
import fr.vigie.audit.ReviewNote;
import fr.vigie.identity.Role;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * The auditor's checklist for one test, built for tablets and phones: the channel's items
 * grouped by engagement, each saved as soon as it is answered, progress on top, and a
 * submission that says exactly what is still missing.
 */
@Route("tests/:testId")
@RolesAllowed(Role.Names.AUDITOR)
class CaptureView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final AuditManagement audits;

	private final Clock clock;

	private final List<ItemEditor> editors = new ArrayList<>();

	private final ProgressBar progressBar = new ProgressBar();

	private final Span progressText = new Span();

	private final Div gaps = new Div();

	private Checklist checklist;

	CaptureView(AuditManagement audits, Clock clock) {
		this.audits = audits;
		this.clock = clock;
		addClassNames("page", "capture");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String testId = event.getRouteParameters().get("testId").orElse("");
		try {
			this.checklist = this.audits.checklist(testId);
		}
		catch (UserFacingException notHis) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		build();
	}

	private void build() {
		removeAll();
		this.editors.clear();
		AuditTest test = this.checklist.test();
		boolean editable = test.status().editableByAuditor();
		add(new H1(this.checklist.siteName()));
		add(TestHeader.of(this, this.checklist));
		test.lastReturn().filter((note) -> editable).ifPresent((note) -> add(returnedNotice(note)));
		if (!editable) {
			Paragraph locked = new Paragraph(getTranslation("audit.capture.locked"));
			locked.addClassName("notice");
			add(locked);
		}
		Div progress = new Div(this.progressText, this.progressBar);
		progress.addClassName("capture-progress");
		this.progressBar.getElement().setAttribute("aria-label", getTranslation("audit.progress.label"));
		add(progress);

		for (Checklist.Section section : this.checklist.sections()) {
			Div group = new Div();
			group.addClassName("engagement");
			if (section.engagement() != null) {
				group.add(new H2(section.engagement().label(getLocale())));
			}
			for (ReferentialNode node : section.items()) {
				ItemEditor editor = new ItemEditor(node, test.answer(node.urn()),
						editable ? ItemEditor.Mode.CAPTURE : ItemEditor.Mode.READ,
						(draft, revision) -> this.audits.answer(test.id(), draft, revision), evidence(test, node),
						this.clock, this::updateProgress);
				this.editors.add(editor);
				group.add(editor);
			}
			add(group);
		}
		if (editable) {
			this.gaps.addClassName("gaps");
			this.gaps.getElement().setAttribute("aria-live", "assertive");
			Button submit = new Button(getTranslation("audit.submit"), (click) -> submit());
			submit.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
			submit.setId("submit-test");
			Div footer = new Div(this.gaps, submit);
			footer.addClassName("capture-footer");
			add(footer);
		}
		updateProgress();
	}

	private ItemEditor.EvidenceAccess evidence(AuditTest test, ReferentialNode node) {
		return new ItemEditor.EvidenceAccess() {

			@Override
			public CapturedAnswer attach(String fileName, byte[] content) {
				return CaptureView.this.audits.attach(test.id(), node.urn(), fileName, content);
			}

			@Override
			public CapturedAnswer detach(String evidenceId) {
				return CaptureView.this.audits.detach(test.id(), node.urn(), evidenceId);
			}

			@Override
			public java.util.Optional<EvidenceFile> open(String evidenceId) {
				return CaptureView.this.audits.evidence(evidenceId);
			}

		};
	}

	private Div returnedNotice(ReviewNote note) {
		Div box = new Div(new Paragraph(getTranslation("audit.capture.returned")), new Paragraph(note.comment()));
		box.addClassNames("notice", "notice-warning");
		box.getElement().setAttribute("role", "note");
		return box;
	}

	private void updateProgress() {
		long answered = this.editors.stream().filter((editor) -> editor.saved().answer() != null).count();
		int total = this.editors.size();
		this.progressBar.setValue((total == 0) ? 0 : (double) answered / total);
		this.progressText.setText(getTranslation("audit.progress", answered, total));
	}

	private void submit() {
		this.gaps.removeAll();
		try {
			this.audits.submit(this.checklist.test().id());
			Notifications.success(this, "audit.submitted");
			this.checklist = this.audits.checklist(this.checklist.test().id());
			build();
		}
		catch (IncompleteTestException incomplete) {
			showGaps(incomplete.gaps());
		}
		catch (UserFacingException refused) {
			Notifications.error(this, refused);
		}
	}

	private void showGaps(List<CompletenessGap> missing) {
		this.gaps.add(new Paragraph(getTranslation("audit.error.incomplete", missing.size())));
		UnorderedList list = new UnorderedList();
		for (CompletenessGap gap : missing) {
			Anchor link = new Anchor("#" + ItemEditor.anchorOf(gap.itemUrn()),
					gap.label() + " — " + getTranslation(gap.missing()));
			list.add(new ListItem(link));
		}
		this.gaps.add(list);
		this.gaps.getElement().setAttribute("role", "alert");
	}

	@Override
	public String getPageTitle() {
		String site = (this.checklist != null) ? this.checklist.siteName() + " · " : "";
		return site + getTranslation("audit.capture.title") + " · " + getTranslation("app.name");
	}

}
