extension Playbook {
  /// A commented `playbook.toml` a restaurant can copy into its data directory and adapt.
  ///
  /// It extends the built-in playbook: one more sub-action and outcome for `contact`, and a new
  /// step after `authorities`. It parses without errors (a test checks it).
  public static let tomlExample = #"""
    # playbook.toml: this restaurant's own version of the walkout checklist.
    #
    # Put this file in ardoise's data directory. ardoise reads it at start-up; if anything is
    # wrong it shows the line and uses the built-in checklist instead, so nothing is half applied.
    #
    # mode = "extend"   keep the seven built-in steps, change some and add others (the default)
    # mode = "replace"  the steps in this file, in this order, are the whole checklist
    #
    # Built-in step ids, in order: stay-calm, catch-up, review, contact, payment-options,
    # authorities, prevention. Ids are lowercase words joined by hyphens.
    mode = "extend"

    # ---------------------------------------------------------------------------------------------
    # Changing a built-in step: give its id and only what changes.
    #   title_fr, title_en, guidance_fr, guidance_en  replace the built-in text, one language each
    #   [[step.guardrail]], [[step.sub_action]]       are added to the built-in ones
    #   [[step.outcome]]   with a built-in id changes that outcome; with a new id adds one
    # Keep titles within 24 characters and outcome labels within 40 so they fit the screen.
    # ---------------------------------------------------------------------------------------------
    [[step]]
    id = "contact"

    [[step.sub_action]]
    id = "use-restaurant-phone"
    fr = "Appeler depuis le téléphone du restaurant"
    en = "Call from the restaurant’s phone"

    [[step.outcome]]
    id = "partly-paid"
    fr = "A payé une partie, reste dû"
    en = "Paid part of it, rest still due"
    # effect: what choosing the outcome does. One of:
    #   move-on (default), paid-in-full, honest-mistake, honest-mistake-paid, promise-to-pay,
    #   complaint-filed, demand-sent, court-requested, court-order-made, write-off
    effect = "move-on"
    # next: the step the guide goes to (default: the next pending step in order).
    next = "payment-options"
    # completes: whether the step counts as done (true, default) or stays open (false).
    completes = true

    # ---------------------------------------------------------------------------------------------
    # A new step. It goes after the step named in `after` (a built-in step or one defined above);
    # without `after`, before "prevention". It needs a title (title_fr or title_en; a missing
    # language copies the other) and at least one outcome.
    # ---------------------------------------------------------------------------------------------
    [[step]]
    id = "tell-accountant"
    after = "authorities"
    title_fr = "Prévenir le comptable"
    title_en = "Tell the accountant"
    guidance_fr = """
    Transmettez au comptable le numéro de la note, le montant et l’issue du dossier. \
    Dans la caisse, laissez la note en « parti sans payer » plutôt que de l’annuler."""
    guidance_en = """
    Send the accountant the bill number, the amount and how the case ended. \
    In the till, leave the bill marked “left without paying” rather than voiding it."""

    # kind = "must-not" (shown with a cross) or "may" (shown with a check mark);
    # source is optional and names the rule.
    [[step.guardrail]]
    kind = "must-not"
    fr = "Ne retenez jamais la note impayée sur le salaire du serveur."
    en = "Never deduct the unpaid bill from the server’s pay."
    source = "art. L1331-2 C. trav."

    [[step.sub_action]]
    id = "send-bill-number"
    fr = "Envoyer le numéro de note et le montant"
    en = "Send the bill number and the amount"

    [[step.outcome]]
    id = "sent-to-accountant"
    fr = "Transmis au comptable"
    en = "Sent to the accountant"

    # ---------------------------------------------------------------------------------------------
    # To write a whole checklist of your own instead, start the file with
    #   mode = "replace"
    # and give every step, in order, each with its title, guidance and outcomes.
    # ---------------------------------------------------------------------------------------------
    """#
}
