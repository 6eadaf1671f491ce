"""The journey map canvas: MapView (view.py) on a MapScene (scene.py) of small items."""
