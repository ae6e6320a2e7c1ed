package fr.vigie.scoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import fr.vigie.scoring.ActionView;
import fr.vigie.shared.ui.GridAccessibility;

/** The corrective actions table shared by the site page and the actions screen. */
final class ActionGrids {

	private ActionGrids() {
	}

	static Grid<ActionView> actions(Component view) {
		Grid<ActionView> grid = new Grid<>();
		grid.addColumn((row) -> row.action().reference())
			.setHeader(view.getTranslation("actions.reference"))
			.setFlexGrow(0)
			.setWidth("7em");
		grid.addColumn(ActionView::siteName).setHeader(view.getTranslation("dashboard.site"));
		grid.addColumn((row) -> row.action().title()).setHeader(view.getTranslation("actions.title")).setFlexGrow(3);
		grid.addColumn((row) -> row.action().ownerUnit()).setHeader(view.getTranslation("actions.unit"));
		grid.addColumn((row) -> Texts.date(row.action().dueOn())).setHeader(view.getTranslation("actions.due"));
		grid.addColumn((row) -> view.getTranslation(row.action().status().messageKey()))
			.setHeader(view.getTranslation("actions.status"));
		grid.addColumn((row) -> beforeAfter(view, row)).setHeader(view.getTranslation("actions.beforeAfter"));
		grid.setAriaLabel(view.getTranslation("actions.list"));
		GridAccessibility.hideSizerRow(grid);
		return grid;
	}

	/** "6,2/10 → 9,1/10", "6,2/10 → re-test on 12/05/2026", or "—". */
	static String beforeAfter(Component view, ActionView row) {
		if (row.action().retestChannel() == null) {
			return "—";
		}
		String after = (row.after() != null) ? Texts.mark(row.after())
				: view.getTranslation("actions.retestOn", Texts.date(row.action().retestDate()));
		return view.getTranslation("actions.beforeAfter.value", Texts.mark(row.before()), after);
	}

}
