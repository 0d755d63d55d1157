package io.supportdesk.plans;

/** The paid services an organisation can order besides its plan. */
public enum AddOnKind {
	TRAINING, CONSULTING, CUSTOMISATION, IMPLEMENTATION
}
