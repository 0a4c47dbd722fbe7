import ArdoiseUI
import CNcurses
