window.mine = 1;
