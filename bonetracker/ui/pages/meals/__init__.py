"""The Meals page: the food type-ahead, the meal form and the day against targets."""
