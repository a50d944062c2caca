#!/usr/bin/env python3
"""Writes Tests/Fixtures/instruction-style.docx: a short template whose guidance to the buyer
stands in the paragraph style "Anvisning" and in a bracketed "[Anvisning: …]", both worded in
the jargon, legal references and demands the language rules flag in ordinary text. The
InstructionTests check that only the template rules speak about it. Uses the document builder of
make-eval-documents.py."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("evaldocs", os.path.join(HERE, "make-eval-documents.py"))
evaldocs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(evaldocs)


def main():
    d = evaldocs.Document()
    d.title("Avtal om städtjänster")
    d.h1("1 Avtalets omfattning")
    d.guidance("Anvisning: Det åligger handläggaren att tillse att avsnittet överensstämmer med 16 kap. 1 § LOU. "
               "Beskriv därefter vilka lokaler som omfattas, varvid samtliga adresser anges.")
    d.p("Leverantören städar kommunens skolor i Solby. Leverantören erhåller ersättning varje månad.")
    d.p("[Anvisning: Ange här om leverantören ska inneha certifiering enligt ISO 14001 och erinra om att "
        "kravet åligger underleverantörer.] Leverantören ska ha ett miljöledningssystem.")
    d.h1("2 Ersättning")
    d.guidance("Anvisning: Ange priset och i förekommande fall indexreglering enligt 4 kap. 1 § LOU.")
    d.p("Kommunen betalar 30 dagar efter att fakturan har kommit in.")
    evaldocs.OUT = os.path.join(HERE, "..", "Tests", "Fixtures")
    evaldocs.write_docx("instruction-style.docx", d, "Avtal om städtjänster", "Solby kommun", "Solby kommun\tAvtal")


if __name__ == "__main__":
    main()
