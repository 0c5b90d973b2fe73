"""PDF documents (MOU, application packet, Annual Notification Letter) from plain data objects.

No Qt and no storage here: ``services/documents.py`` reads the application file into
:class:`~isa_desktop.pdf.data.Inputs`, and these modules fill, render, merge and sign.
"""
